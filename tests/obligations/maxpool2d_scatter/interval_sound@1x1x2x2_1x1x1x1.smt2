; torchsmt obligation maxpool2d_scatter.interval_sound@1x1x2x2_1x1x1x1 (lemma, op maxpool2d_scatter, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((1, 1, 2, 2), (1, 1, 1, 1)) (on the op's domain)
(set-info :source |torchsmt lemma maxpool2d_scatter.interval_sound@1x1x2x2_1x1x1x1 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x1_0_0_0_0 () Real)
(declare-fun l1_0_0_0_0 () Real)
(declare-fun u1_0_0_0_0 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l1_0_0_0_0 x1_0_0_0_0))
(assert
 (<= x1_0_0_0_0 u1_0_0_0_0))
(assert
 (let ((?x31 (ite (> x0_0_0_0_0 x0_0_0_0_1) x0_0_0_0_0 x0_0_0_0_1)))
(let ((?x33 (ite (> ?x31 x0_0_0_1_0) ?x31 x0_0_0_1_0)))
(let ((?x35 (ite (> ?x33 x0_0_0_1_1) ?x33 x0_0_0_1_1)))
(let ((?x48 (ite (= x0_0_0_1_1 ?x35) (- 3.0) (- 8.0))))
(let ((?x47 (ite (= x0_0_0_1_0 ?x35) (- 2.0) (- 8.0))))
(let ((?x46 (ite (= x0_0_0_0_1 ?x35) (- 1.0) (- 8.0))))
(let ((?x45 (ite (= x0_0_0_0_0 ?x35) 0.0 (- 8.0))))
(let ((?x50 (ite (> ?x45 ?x46) ?x45 ?x46)))
(let ((?x52 (ite (> ?x50 ?x47) ?x50 ?x47)))
(let ((?x54 (ite (> ?x52 ?x48) ?x52 ?x48)))
(let ((?x64 (* (ite (= ?x45 ?x54) 1.0 0.0) x1_0_0_0_0)))
(let ((?x69 (ite (> 0.0 l1_0_0_0_0) l1_0_0_0_0 0.0)))
(let (($x74 (= ?x69 -inf!)))
(let (($x76 (or $x74 (<= ?x69 ?x64))))
(not $x76))))))))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x1_0_0_0_0 () Real)
(declare-fun l1_0_0_0_0 () Real)
(declare-fun u1_0_0_0_0 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l1_0_0_0_0 x1_0_0_0_0))
(assert
 (<= x1_0_0_0_0 u1_0_0_0_0))
(assert
 (let ((?x71 (ite (< 0.0 u1_0_0_0_0) u1_0_0_0_0 0.0)))
(let ((?x31 (ite (> x0_0_0_0_0 x0_0_0_0_1) x0_0_0_0_0 x0_0_0_0_1)))
(let ((?x33 (ite (> ?x31 x0_0_0_1_0) ?x31 x0_0_0_1_0)))
(let ((?x35 (ite (> ?x33 x0_0_0_1_1) ?x33 x0_0_0_1_1)))
(let ((?x48 (ite (= x0_0_0_1_1 ?x35) (- 3.0) (- 8.0))))
(let ((?x47 (ite (= x0_0_0_1_0 ?x35) (- 2.0) (- 8.0))))
(let ((?x46 (ite (= x0_0_0_0_1 ?x35) (- 1.0) (- 8.0))))
(let ((?x45 (ite (= x0_0_0_0_0 ?x35) 0.0 (- 8.0))))
(let ((?x50 (ite (> ?x45 ?x46) ?x45 ?x46)))
(let ((?x52 (ite (> ?x50 ?x47) ?x50 ?x47)))
(let ((?x54 (ite (> ?x52 ?x48) ?x52 ?x48)))
(let ((?x64 (* (ite (= ?x45 ?x54) 1.0 0.0) x1_0_0_0_0)))
(let (($x77 (= ?x71 +inf!)))
(let (($x79 (or $x77 (<= ?x64 ?x71))))
(not $x79))))))))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x1_0_0_0_0 () Real)
(declare-fun l1_0_0_0_0 () Real)
(declare-fun u1_0_0_0_0 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l1_0_0_0_0 x1_0_0_0_0))
(assert
 (<= x1_0_0_0_0 u1_0_0_0_0))
(assert
 (let ((?x31 (ite (> x0_0_0_0_0 x0_0_0_0_1) x0_0_0_0_0 x0_0_0_0_1)))
(let ((?x33 (ite (> ?x31 x0_0_0_1_0) ?x31 x0_0_0_1_0)))
(let ((?x35 (ite (> ?x33 x0_0_0_1_1) ?x33 x0_0_0_1_1)))
(let ((?x48 (ite (= x0_0_0_1_1 ?x35) (- 3.0) (- 8.0))))
(let ((?x47 (ite (= x0_0_0_1_0 ?x35) (- 2.0) (- 8.0))))
(let ((?x46 (ite (= x0_0_0_0_1 ?x35) (- 1.0) (- 8.0))))
(let ((?x45 (ite (= x0_0_0_0_0 ?x35) 0.0 (- 8.0))))
(let ((?x50 (ite (> ?x45 ?x46) ?x45 ?x46)))
(let ((?x52 (ite (> ?x50 ?x47) ?x50 ?x47)))
(let ((?x54 (ite (> ?x52 ?x48) ?x52 ?x48)))
(let ((?x65 (* (ite (= ?x46 ?x54) 1.0 0.0) x1_0_0_0_0)))
(let ((?x69 (ite (> 0.0 l1_0_0_0_0) l1_0_0_0_0 0.0)))
(let (($x74 (= ?x69 -inf!)))
(let (($x81 (or $x74 (<= ?x69 ?x65))))
(not $x81))))))))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x1_0_0_0_0 () Real)
(declare-fun l1_0_0_0_0 () Real)
(declare-fun u1_0_0_0_0 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l1_0_0_0_0 x1_0_0_0_0))
(assert
 (<= x1_0_0_0_0 u1_0_0_0_0))
(assert
 (let ((?x71 (ite (< 0.0 u1_0_0_0_0) u1_0_0_0_0 0.0)))
(let ((?x31 (ite (> x0_0_0_0_0 x0_0_0_0_1) x0_0_0_0_0 x0_0_0_0_1)))
(let ((?x33 (ite (> ?x31 x0_0_0_1_0) ?x31 x0_0_0_1_0)))
(let ((?x35 (ite (> ?x33 x0_0_0_1_1) ?x33 x0_0_0_1_1)))
(let ((?x48 (ite (= x0_0_0_1_1 ?x35) (- 3.0) (- 8.0))))
(let ((?x47 (ite (= x0_0_0_1_0 ?x35) (- 2.0) (- 8.0))))
(let ((?x46 (ite (= x0_0_0_0_1 ?x35) (- 1.0) (- 8.0))))
(let ((?x45 (ite (= x0_0_0_0_0 ?x35) 0.0 (- 8.0))))
(let ((?x50 (ite (> ?x45 ?x46) ?x45 ?x46)))
(let ((?x52 (ite (> ?x50 ?x47) ?x50 ?x47)))
(let ((?x54 (ite (> ?x52 ?x48) ?x52 ?x48)))
(let ((?x65 (* (ite (= ?x46 ?x54) 1.0 0.0) x1_0_0_0_0)))
(let (($x77 (= ?x71 +inf!)))
(let (($x83 (or $x77 (<= ?x65 ?x71))))
(not $x83))))))))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x1_0_0_0_0 () Real)
(declare-fun l1_0_0_0_0 () Real)
(declare-fun u1_0_0_0_0 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l1_0_0_0_0 x1_0_0_0_0))
(assert
 (<= x1_0_0_0_0 u1_0_0_0_0))
(assert
 (let ((?x31 (ite (> x0_0_0_0_0 x0_0_0_0_1) x0_0_0_0_0 x0_0_0_0_1)))
(let ((?x33 (ite (> ?x31 x0_0_0_1_0) ?x31 x0_0_0_1_0)))
(let ((?x35 (ite (> ?x33 x0_0_0_1_1) ?x33 x0_0_0_1_1)))
(let ((?x48 (ite (= x0_0_0_1_1 ?x35) (- 3.0) (- 8.0))))
(let ((?x47 (ite (= x0_0_0_1_0 ?x35) (- 2.0) (- 8.0))))
(let ((?x46 (ite (= x0_0_0_0_1 ?x35) (- 1.0) (- 8.0))))
(let ((?x45 (ite (= x0_0_0_0_0 ?x35) 0.0 (- 8.0))))
(let ((?x50 (ite (> ?x45 ?x46) ?x45 ?x46)))
(let ((?x52 (ite (> ?x50 ?x47) ?x50 ?x47)))
(let ((?x54 (ite (> ?x52 ?x48) ?x52 ?x48)))
(let ((?x66 (* (ite (= ?x47 ?x54) 1.0 0.0) x1_0_0_0_0)))
(let ((?x69 (ite (> 0.0 l1_0_0_0_0) l1_0_0_0_0 0.0)))
(let (($x74 (= ?x69 -inf!)))
(let (($x85 (or $x74 (<= ?x69 ?x66))))
(not $x85))))))))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x1_0_0_0_0 () Real)
(declare-fun l1_0_0_0_0 () Real)
(declare-fun u1_0_0_0_0 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l1_0_0_0_0 x1_0_0_0_0))
(assert
 (<= x1_0_0_0_0 u1_0_0_0_0))
(assert
 (let ((?x71 (ite (< 0.0 u1_0_0_0_0) u1_0_0_0_0 0.0)))
(let ((?x31 (ite (> x0_0_0_0_0 x0_0_0_0_1) x0_0_0_0_0 x0_0_0_0_1)))
(let ((?x33 (ite (> ?x31 x0_0_0_1_0) ?x31 x0_0_0_1_0)))
(let ((?x35 (ite (> ?x33 x0_0_0_1_1) ?x33 x0_0_0_1_1)))
(let ((?x48 (ite (= x0_0_0_1_1 ?x35) (- 3.0) (- 8.0))))
(let ((?x47 (ite (= x0_0_0_1_0 ?x35) (- 2.0) (- 8.0))))
(let ((?x46 (ite (= x0_0_0_0_1 ?x35) (- 1.0) (- 8.0))))
(let ((?x45 (ite (= x0_0_0_0_0 ?x35) 0.0 (- 8.0))))
(let ((?x50 (ite (> ?x45 ?x46) ?x45 ?x46)))
(let ((?x52 (ite (> ?x50 ?x47) ?x50 ?x47)))
(let ((?x54 (ite (> ?x52 ?x48) ?x52 ?x48)))
(let ((?x66 (* (ite (= ?x47 ?x54) 1.0 0.0) x1_0_0_0_0)))
(let (($x77 (= ?x71 +inf!)))
(let (($x87 (or $x77 (<= ?x66 ?x71))))
(not $x87))))))))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x1_0_0_0_0 () Real)
(declare-fun l1_0_0_0_0 () Real)
(declare-fun u1_0_0_0_0 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l1_0_0_0_0 x1_0_0_0_0))
(assert
 (<= x1_0_0_0_0 u1_0_0_0_0))
(assert
 (let ((?x31 (ite (> x0_0_0_0_0 x0_0_0_0_1) x0_0_0_0_0 x0_0_0_0_1)))
(let ((?x33 (ite (> ?x31 x0_0_0_1_0) ?x31 x0_0_0_1_0)))
(let ((?x35 (ite (> ?x33 x0_0_0_1_1) ?x33 x0_0_0_1_1)))
(let ((?x48 (ite (= x0_0_0_1_1 ?x35) (- 3.0) (- 8.0))))
(let ((?x47 (ite (= x0_0_0_1_0 ?x35) (- 2.0) (- 8.0))))
(let ((?x46 (ite (= x0_0_0_0_1 ?x35) (- 1.0) (- 8.0))))
(let ((?x45 (ite (= x0_0_0_0_0 ?x35) 0.0 (- 8.0))))
(let ((?x50 (ite (> ?x45 ?x46) ?x45 ?x46)))
(let ((?x52 (ite (> ?x50 ?x47) ?x50 ?x47)))
(let ((?x54 (ite (> ?x52 ?x48) ?x52 ?x48)))
(let ((?x67 (* (ite (= ?x48 ?x54) 1.0 0.0) x1_0_0_0_0)))
(let ((?x69 (ite (> 0.0 l1_0_0_0_0) l1_0_0_0_0 0.0)))
(let (($x74 (= ?x69 -inf!)))
(let (($x89 (or $x74 (<= ?x69 ?x67))))
(not $x89))))))))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun x1_0_0_0_0 () Real)
(declare-fun l1_0_0_0_0 () Real)
(declare-fun u1_0_0_0_0 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (<= l1_0_0_0_0 x1_0_0_0_0))
(assert
 (<= x1_0_0_0_0 u1_0_0_0_0))
(assert
 (let ((?x71 (ite (< 0.0 u1_0_0_0_0) u1_0_0_0_0 0.0)))
(let ((?x31 (ite (> x0_0_0_0_0 x0_0_0_0_1) x0_0_0_0_0 x0_0_0_0_1)))
(let ((?x33 (ite (> ?x31 x0_0_0_1_0) ?x31 x0_0_0_1_0)))
(let ((?x35 (ite (> ?x33 x0_0_0_1_1) ?x33 x0_0_0_1_1)))
(let ((?x48 (ite (= x0_0_0_1_1 ?x35) (- 3.0) (- 8.0))))
(let ((?x47 (ite (= x0_0_0_1_0 ?x35) (- 2.0) (- 8.0))))
(let ((?x46 (ite (= x0_0_0_0_1 ?x35) (- 1.0) (- 8.0))))
(let ((?x45 (ite (= x0_0_0_0_0 ?x35) 0.0 (- 8.0))))
(let ((?x50 (ite (> ?x45 ?x46) ?x45 ?x46)))
(let ((?x52 (ite (> ?x50 ?x47) ?x50 ?x47)))
(let ((?x54 (ite (> ?x52 ?x48) ?x52 ?x48)))
(let ((?x67 (* (ite (= ?x48 ?x54) 1.0 0.0) x1_0_0_0_0)))
(let (($x77 (= ?x71 +inf!)))
(let (($x91 (or $x77 (<= ?x67 ?x71))))
(not $x91))))))))))))))))
(check-sat)
