; torchsmt obligation leaky_relu.jvp_eq_dual@3 (lemma, op leaky_relu, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((3,),), off kinks
(set-info :source |torchsmt lemma leaky_relu.jvp_eq_dual@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun v0_0 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let (($x13 (< 0.0 x0_0)))
(let (($x51 (= (* v0_0 (+ (/ 1.0 100.0) (* (/ 99.0 100.0) (ite $x13 1.0 0.0)))) (ite $x13 v0_0 (+ (* v0_0 (/ 1.0 100.0)) (* x0_0 0.0))))))
(not $x51))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun v0_1 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let (($x15 (< 0.0 x0_1)))
(let (($x52 (= (* v0_1 (+ (/ 1.0 100.0) (* (/ 99.0 100.0) (ite $x15 1.0 0.0)))) (ite $x15 v0_1 (+ (* v0_1 (/ 1.0 100.0)) (* x0_1 0.0))))))
(not $x52))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun v0_2 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let (($x17 (< 0.0 x0_2)))
(let (($x53 (= (* v0_2 (+ (/ 1.0 100.0) (* (/ 99.0 100.0) (ite $x17 1.0 0.0)))) (ite $x17 v0_2 (+ (* v0_2 (/ 1.0 100.0)) (* x0_2 0.0))))))
(not $x53))))
(check-sat)
