; torchsmt obligation maxpool2d_select.interval_sound@1x1x2x2_1x1x2x2 (lemma, op maxpool2d_select, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((1, 1, 2, 2), (1, 1, 2, 2)) (on the op's domain)
(set-info :source |torchsmt lemma maxpool2d_select.interval_sound@1x1x2x2_1x1x2x2 kind lemma|)
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
(declare-fun x1_0_0_0_1 () Real)
(declare-fun l1_0_0_0_1 () Real)
(declare-fun u1_0_0_0_1 () Real)
(declare-fun x1_0_0_1_0 () Real)
(declare-fun l1_0_0_1_0 () Real)
(declare-fun u1_0_0_1_0 () Real)
(declare-fun x1_0_0_1_1 () Real)
(declare-fun l1_0_0_1_1 () Real)
(declare-fun u1_0_0_1_1 () Real)
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
 (<= l1_0_0_0_1 x1_0_0_0_1))
(assert
 (<= x1_0_0_0_1 u1_0_0_0_1))
(assert
 (<= l1_0_0_1_0 x1_0_0_1_0))
(assert
 (<= x1_0_0_1_0 u1_0_0_1_0))
(assert
 (<= l1_0_0_1_1 x1_0_0_1_1))
(assert
 (<= x1_0_0_1_1 u1_0_0_1_1))
(assert
 (let ((?x46 (ite (> x0_0_0_0_0 x0_0_0_0_1) x0_0_0_0_0 x0_0_0_0_1)))
(let ((?x48 (ite (> ?x46 x0_0_0_1_0) ?x46 x0_0_0_1_0)))
(let ((?x50 (ite (> ?x48 x0_0_0_1_1) ?x48 x0_0_0_1_1)))
(let ((?x63 (ite (= x0_0_0_1_1 ?x50) (- 3.0) (- 8.0))))
(let ((?x62 (ite (= x0_0_0_1_0 ?x50) (- 2.0) (- 8.0))))
(let ((?x61 (ite (= x0_0_0_0_1 ?x50) (- 1.0) (- 8.0))))
(let ((?x60 (ite (= x0_0_0_0_0 ?x50) 0.0 (- 8.0))))
(let ((?x65 (ite (> ?x60 ?x61) ?x60 ?x61)))
(let ((?x67 (ite (> ?x65 ?x62) ?x65 ?x62)))
(let ((?x69 (ite (> ?x67 ?x63) ?x67 ?x63)))
(let ((?x83 (+ (* (ite (= ?x60 ?x69) 1.0 0.0) x1_0_0_0_0) (* (ite (= ?x61 ?x69) 1.0 0.0) x1_0_0_0_1) (* (ite (= ?x62 ?x69) 1.0 0.0) x1_0_0_1_0) (* (ite (= ?x63 ?x69) 1.0 0.0) x1_0_0_1_1))))
(let ((?x87 (- l1_0_0_1_1)))
(let ((?x86 (- l1_0_0_1_0)))
(let ((?x85 (- l1_0_0_0_1)))
(let ((?x84 (- l1_0_0_0_0)))
(let ((?x89 (ite (> ?x84 ?x85) ?x84 ?x85)))
(let ((?x91 (ite (> ?x89 ?x86) ?x89 ?x86)))
(let ((?x94 (- (ite (> ?x91 ?x87) ?x91 ?x87))))
(let (($x105 (or (= ?x94 -inf!) (<= ?x94 ?x83))))
(not $x105)))))))))))))))))))))
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
(declare-fun x1_0_0_0_1 () Real)
(declare-fun l1_0_0_0_1 () Real)
(declare-fun u1_0_0_0_1 () Real)
(declare-fun x1_0_0_1_0 () Real)
(declare-fun l1_0_0_1_0 () Real)
(declare-fun u1_0_0_1_0 () Real)
(declare-fun x1_0_0_1_1 () Real)
(declare-fun l1_0_0_1_1 () Real)
(declare-fun u1_0_0_1_1 () Real)
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
 (<= l1_0_0_0_1 x1_0_0_0_1))
(assert
 (<= x1_0_0_0_1 u1_0_0_0_1))
(assert
 (<= l1_0_0_1_0 x1_0_0_1_0))
(assert
 (<= x1_0_0_1_0 u1_0_0_1_0))
(assert
 (<= l1_0_0_1_1 x1_0_0_1_1))
(assert
 (<= x1_0_0_1_1 u1_0_0_1_1))
(assert
 (let ((?x96 (ite (> u1_0_0_0_0 u1_0_0_0_1) u1_0_0_0_0 u1_0_0_0_1)))
(let ((?x98 (ite (> ?x96 u1_0_0_1_0) ?x96 u1_0_0_1_0)))
(let ((?x100 (ite (> ?x98 u1_0_0_1_1) ?x98 u1_0_0_1_1)))
(let ((?x46 (ite (> x0_0_0_0_0 x0_0_0_0_1) x0_0_0_0_0 x0_0_0_0_1)))
(let ((?x48 (ite (> ?x46 x0_0_0_1_0) ?x46 x0_0_0_1_0)))
(let ((?x50 (ite (> ?x48 x0_0_0_1_1) ?x48 x0_0_0_1_1)))
(let ((?x63 (ite (= x0_0_0_1_1 ?x50) (- 3.0) (- 8.0))))
(let ((?x62 (ite (= x0_0_0_1_0 ?x50) (- 2.0) (- 8.0))))
(let ((?x61 (ite (= x0_0_0_0_1 ?x50) (- 1.0) (- 8.0))))
(let ((?x60 (ite (= x0_0_0_0_0 ?x50) 0.0 (- 8.0))))
(let ((?x65 (ite (> ?x60 ?x61) ?x60 ?x61)))
(let ((?x67 (ite (> ?x65 ?x62) ?x65 ?x62)))
(let ((?x69 (ite (> ?x67 ?x63) ?x67 ?x63)))
(let ((?x83 (+ (* (ite (= ?x60 ?x69) 1.0 0.0) x1_0_0_0_0) (* (ite (= ?x61 ?x69) 1.0 0.0) x1_0_0_0_1) (* (ite (= ?x62 ?x69) 1.0 0.0) x1_0_0_1_0) (* (ite (= ?x63 ?x69) 1.0 0.0) x1_0_0_1_1))))
(let (($x108 (or (= ?x100 +inf!) (<= ?x83 ?x100))))
(not $x108)))))))))))))))))
(check-sat)
