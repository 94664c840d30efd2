; torchsmt obligation leaky_relu.interval_sound@3 (lemma, op leaky_relu, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((3,),) (on the op's domain)
(set-info :source |torchsmt lemma leaky_relu.interval_sound@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun l0_0 () Real)
(declare-fun u0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun l0_1 () Real)
(declare-fun u0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun l0_2 () Real)
(declare-fun u0_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0 x0_0))
(assert
 (<= x0_0 u0_0))
(assert
 (<= l0_1 x0_1))
(assert
 (<= x0_1 u0_1))
(assert
 (<= l0_2 x0_2))
(assert
 (<= x0_2 u0_2))
(assert
 (let ((?x28 (ite (< 0.0 x0_0) x0_0 (* x0_0 (/ 1.0 100.0)))))
(let ((?x35 (ite (and (distinct l0_0 l0_0) true) -inf! l0_0)))
(let ((?x51 (ite (< 0.0 ?x35) ?x35 (* ?x35 (/ 1.0 100.0)))))
(let (($x65 (or (= ?x51 -inf!) (<= ?x51 ?x28))))
(not $x65))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun l0_0 () Real)
(declare-fun u0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun l0_1 () Real)
(declare-fun u0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun l0_2 () Real)
(declare-fun u0_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0 x0_0))
(assert
 (<= x0_0 u0_0))
(assert
 (<= l0_1 x0_1))
(assert
 (<= x0_1 u0_1))
(assert
 (<= l0_2 x0_2))
(assert
 (<= x0_2 u0_2))
(assert
 (let ((?x42 (ite (and (distinct u0_0 u0_0) true) +inf! u0_0)))
(let ((?x60 (ite (< 0.0 ?x42) ?x42 (* ?x42 (/ 1.0 100.0)))))
(let ((?x28 (ite (< 0.0 x0_0) x0_0 (* x0_0 (/ 1.0 100.0)))))
(let (($x68 (or (= ?x60 +inf!) (<= ?x28 ?x60))))
(not $x68))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun l0_0 () Real)
(declare-fun u0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun l0_1 () Real)
(declare-fun u0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun l0_2 () Real)
(declare-fun u0_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0 x0_0))
(assert
 (<= x0_0 u0_0))
(assert
 (<= l0_1 x0_1))
(assert
 (<= x0_1 u0_1))
(assert
 (<= l0_2 x0_2))
(assert
 (<= x0_2 u0_2))
(assert
 (let ((?x29 (ite (< 0.0 x0_1) x0_1 (* x0_1 (/ 1.0 100.0)))))
(let ((?x36 (ite (and (distinct l0_1 l0_1) true) -inf! l0_1)))
(let ((?x52 (ite (< 0.0 ?x36) ?x36 (* ?x36 (/ 1.0 100.0)))))
(let (($x71 (or (= ?x52 -inf!) (<= ?x52 ?x29))))
(not $x71))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun l0_0 () Real)
(declare-fun u0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun l0_1 () Real)
(declare-fun u0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun l0_2 () Real)
(declare-fun u0_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0 x0_0))
(assert
 (<= x0_0 u0_0))
(assert
 (<= l0_1 x0_1))
(assert
 (<= x0_1 u0_1))
(assert
 (<= l0_2 x0_2))
(assert
 (<= x0_2 u0_2))
(assert
 (let ((?x43 (ite (and (distinct u0_1 u0_1) true) +inf! u0_1)))
(let ((?x61 (ite (< 0.0 ?x43) ?x43 (* ?x43 (/ 1.0 100.0)))))
(let ((?x29 (ite (< 0.0 x0_1) x0_1 (* x0_1 (/ 1.0 100.0)))))
(let (($x74 (or (= ?x61 +inf!) (<= ?x29 ?x61))))
(not $x74))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun l0_0 () Real)
(declare-fun u0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun l0_1 () Real)
(declare-fun u0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun l0_2 () Real)
(declare-fun u0_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0 x0_0))
(assert
 (<= x0_0 u0_0))
(assert
 (<= l0_1 x0_1))
(assert
 (<= x0_1 u0_1))
(assert
 (<= l0_2 x0_2))
(assert
 (<= x0_2 u0_2))
(assert
 (let ((?x30 (ite (< 0.0 x0_2) x0_2 (* x0_2 (/ 1.0 100.0)))))
(let ((?x37 (ite (and (distinct l0_2 l0_2) true) -inf! l0_2)))
(let ((?x53 (ite (< 0.0 ?x37) ?x37 (* ?x37 (/ 1.0 100.0)))))
(let (($x77 (or (= ?x53 -inf!) (<= ?x53 ?x30))))
(not $x77))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun l0_0 () Real)
(declare-fun u0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun l0_1 () Real)
(declare-fun u0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun l0_2 () Real)
(declare-fun u0_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0 x0_0))
(assert
 (<= x0_0 u0_0))
(assert
 (<= l0_1 x0_1))
(assert
 (<= x0_1 u0_1))
(assert
 (<= l0_2 x0_2))
(assert
 (<= x0_2 u0_2))
(assert
 (let ((?x44 (ite (and (distinct u0_2 u0_2) true) +inf! u0_2)))
(let ((?x62 (ite (< 0.0 ?x44) ?x44 (* ?x44 (/ 1.0 100.0)))))
(let ((?x30 (ite (< 0.0 x0_2) x0_2 (* x0_2 (/ 1.0 100.0)))))
(let (($x80 (or (= ?x62 +inf!) (<= ?x30 ?x62))))
(not $x80))))))
(check-sat)
